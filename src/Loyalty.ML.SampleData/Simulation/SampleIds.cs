using System.Globalization;

namespace Loyalty.ML.SampleData.Simulation;

/// <summary>How generated ids look: a letter and a zero-padded number wide enough for the count.</summary>
internal sealed class SampleIds
{
    public const byte CustomerPrefix = (byte)'C';
    public const byte ItemPrefix = (byte)'I';
    public const byte OrderPrefix = (byte)'O';
    public const byte ReturnPrefix = (byte)'R';

    public SampleIds(int customers, int items)
    {
        CustomerWidth = Math.Max(6, Digits(customers));
        ItemWidth = Math.Max(5, Digits(items));
    }

    public int CustomerWidth { get; }

    public int ItemWidth { get; }

    /// <summary>Id of the customer at 0-based <paramref name="index"/>.</summary>
    public string Customer(int index) => Format(CustomerPrefix, index + 1, CustomerWidth);

    /// <summary>Id of the item with 1-based <paramref name="number"/>.</summary>
    public string Item(int number) => Format(ItemPrefix, number, ItemWidth);

    /// <summary>Id of an order, or of the return made from it.</summary>
    public static string Order(long number, bool isReturn) =>
        Format(isReturn ? ReturnPrefix : OrderPrefix, number, 0);

    private static string Format(byte prefix, long number, int width) =>
        (char)prefix + number.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static int Digits(long value) => value.ToString(CultureInfo.InvariantCulture).Length;
}
