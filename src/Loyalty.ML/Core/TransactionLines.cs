namespace Loyalty.ML.Core;

/// <summary>
/// Columnar store of transaction lines: one slot per line in every column, so a line costs
/// 24 bytes whatever the source format was (28 when a time needs <see cref="TimeColumn"/>'s 8-byte form). Grows like
/// a list while loading.
/// </summary>
public sealed class TransactionLines
{
    private const int InitialCapacity = 1024;

    /// <summary>Customer index per line (into <see cref="PurchaseHistory.Customers"/>).</summary>
    public int[] Customer { get; private set; } = new int[InitialCapacity];

    /// <summary>Item index per line, or -1 when the source has no items.</summary>
    public int[] Item { get; private set; } = new int[InitialCapacity];

    /// <summary>Order index per line; lines of one order (invoice, basket) share it.</summary>
    public int[] Order { get; private set; } = new int[InitialCapacity];

    /// <summary>Time of the line.</summary>
    public TimeColumn Time { get; } = new(InitialCapacity);

    /// <summary>Quantity (positive, also for returns).</summary>
    public float[] Quantity { get; private set; } = new float[InitialCapacity];

    /// <summary>Price of one unit.</summary>
    public float[] UnitPrice { get; private set; } = new float[InitialCapacity];

    /// <summary>Number of lines.</summary>
    public int Count { get; private set; }

    /// <summary>Amount of line <paramref name="line"/>: quantity × unit price.</summary>
    public double Amount(int line) => (double)Quantity[line] * UnitPrice[line];

    /// <summary>Appends one line.</summary>
    public void Add(int customer, int item, int order, DateTime time, float quantity, float unitPrice)
    {
        if (Count == Customer.Length)
        {
            Resize(Grown(Count));
        }

        Customer[Count] = customer;
        Item[Count] = item;
        Order[Count] = order;
        Time.Append(Count, time);
        Quantity[Count] = quantity;
        UnitPrice[Count] = unitPrice;
        Count++;
    }

    /// <summary>Grows the arrays once to hold <paramref name="capacity"/> lines, sparing the copies of repeated doubling.</summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > Customer.Length)
        {
            Resize(capacity);
        }
    }

    /// <summary>Releases the spare capacity once loading is done.</summary>
    public void TrimExcess() => Resize(Count);

    /// <summary>
    /// Releases the spare capacity when it is worth a copy: past an eighth of the lines. Trimming copies every column
    /// while the old ones are still held (a second history at the load's peak), to save the slack a reader's
    /// reservation leaves (6.5% on a 2M-line file: 5% asked for, the rest the reader's read-ahead); consumers read
    /// <see cref="Count"/> lines, never the arrays' length.
    /// </summary>
    internal void TrimIfWasteful()
    {
        if (Customer.Length - Count > Count / 8)
        {
            TrimExcess();
        }
    }

    // Doubling a column of millions of lines holds three times its size at the copy; past a million lines a quarter more
    // is enough (a reader that reserved an estimate grows past it only by the estimate's error).
    private static int Grown(int count) =>
        (int)Math.Min(Array.MaxLength, count < 1 << 20 ? 2L * count : count + (count / 4L));

    private void Resize(int capacity)
    {
        Customer = ResizeArray(Customer, capacity);
        Item = ResizeArray(Item, capacity);
        Order = ResizeArray(Order, capacity);
        Time.Resize(capacity);
        Quantity = ResizeArray(Quantity, capacity);
        UnitPrice = ResizeArray(UnitPrice, capacity);
    }

    private static T[] ResizeArray<T>(T[] array, int capacity)
    {
        var resized = array;
        Array.Resize(ref resized, capacity);
        return resized;
    }
}
