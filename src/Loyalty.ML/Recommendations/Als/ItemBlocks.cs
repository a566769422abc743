using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Loyalty.ML.Recommendations.Als;

/// <summary>
/// 8-bit item codes laid out so that one vector holds four factors of sixteen items: item j of a block has its codes of
/// factors 4g..4g+3 in bytes 4j..4j+3 of the block's g-th 64 bytes. One multiply-add chain per block then leaves every
/// item's whole dot in its own 32-bit lane, with no sum across lanes per item. The codes are unsigned c + 128 and the
/// query signed bytes in ±63, so a pair of products summed in 16 bits (at most 2·255·63 = 32,130) never saturates and
/// every dot is exact.
/// </summary>
internal static class ItemBlocks
{
    /// <summary>Items per block.</summary>
    public const int Items = 16;

    /// <summary>Factors per 32-bit lane.</summary>
    public const int Group = 4;

    /// <summary>Bytes of one group of factors of a whole block.</summary>
    private const int GroupBytes = Items * Group;

    /// <summary>Whether the 512-bit kernel runs here (AVX-512BW); otherwise two 256-bit halves per block (AVX2).</summary>
    public static readonly bool Wide = Avx512BW.IsSupported && Vector512.IsHardwareAccelerated;

    /// <summary>Blocks needed for <paramref name="items"/> items; the last is padded with codes of 0.</summary>
    public static int Count(int items) => (items + Items - 1) / Items;

    /// <summary>Where the code of <paramref name="item"/>'s factor <paramref name="factor"/> of <paramref name="k"/> lives.</summary>
    public static int Offset(int item, int factor, int k) =>
        (item / Items * Items * k) + (factor / Group * GroupBytes) + (item % Items * Group) + (factor % Group);

    /// <summary>
    /// The integer dots (before the query's offset is taken off) of block <paramref name="block"/>'s items with the
    /// query (<paramref name="query"/>: its bytes four at a time): items 0–7 in <paramref name="first"/>, 8–15 in
    /// <paramref name="second"/>. <paramref name="wide"/> asks for the 512-bit kernel where it runs; both give the same integers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Dots(byte[] codes, int block, ReadOnlySpan<int> query, bool wide, out Vector256<int> first, out Vector256<int> second)
    {
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(codes), (nint)block * query.Length * GroupBytes);
        ref var q = ref MemoryMarshal.GetReference(query);
        var groups = (nuint)query.Length;
        if (wide && Wide)
        {
            var (even, odd, ones) = (Vector512<int>.Zero, Vector512<int>.Zero, Vector512.Create((short)1));
            var g = (nuint)0;
            for (; g + 1 < groups; g += 2)
            {
                even += Avx512BW.MultiplyAddAdjacent(Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref start, g * GroupBytes), Vector512.Create(Unsafe.Add(ref q, g)).AsSByte()), ones);
                odd += Avx512BW.MultiplyAddAdjacent(Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref start, (g + 1) * GroupBytes), Vector512.Create(Unsafe.Add(ref q, g + 1)).AsSByte()), ones);
            }

            for (; g < groups; g++)
            {
                even += Avx512BW.MultiplyAddAdjacent(Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref start, g * GroupBytes), Vector512.Create(Unsafe.Add(ref q, g)).AsSByte()), ones);
            }

            var sum = even + odd;
            (first, second) = (sum.GetLower(), sum.GetUpper());
            return;
        }

        var (low, high, one) = (Vector256<int>.Zero, Vector256<int>.Zero, Vector256.Create((short)1));
        for (var g = (nuint)0; g < groups; g++)
        {
            var chunk = Vector256.Create(Unsafe.Add(ref q, g)).AsSByte();
            low += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref start, g * GroupBytes), chunk), one);
            high += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref start, (g * GroupBytes) + 32), chunk), one);
        }

        (first, second) = (low, high);
    }
}
