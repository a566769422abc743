using CsCheck;
using Loyalty.ML.Core;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Candidates;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Signals;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

/// <summary>
/// The bounded top-k (8-bit item copy, exact rescoring of the items that can reach the top) against the full float32
/// scan: the same items, order and score bits, for ALS and the blend, over random factors full of exact and near ties.
/// </summary>
public sealed class BoundedTopKTests
{
    private const int Items = 301;
    private const int Customers = 12;
    private static readonly Lazy<RecommenderModel> Shop = new(Fit);

    [Fact]
    public void TrySelect_RandomFactorsWithTies_SameAnswerAsScanningEveryItem()
    {
        var bounded = 0;
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 40], Gen.Bool, Gen.Int[0, 3]).Sample(
            (seed, count, blend, style) => bounded += Check(seed, count, blend, style) ? 1 : 0,
            iter: 400,
            threads: 1);

        // Fewer than k accepted items sends a case to the full scan; most cases must take the bounded path.
        Assert.True(bounded > 300, $"bounded path taken in {bounded} of 400 cases");
    }

    [Fact]
    public void TrySelect_FactorsOfAnotherModel_Declines()
    {
        var model = WithFactors(Shop.Value, new Random(1), style: 0, blend: false);
        var quantized = QuantizedItems.Build(model.Factors)!;
        var other = WithFactors(Shop.Value, new Random(2), style: 0, blend: false);

        Assert.False(BoundedTopK.TrySelect(other, quantized, (IFactorPart)other.Personal, 0, _ => true, new int[5], new float[5], out _));
    }

    private static bool Check(int seed, int count, bool blend, int style)
    {
        var random = new Random(seed);
        var model = WithFactors(Shop.Value, random, style, blend);
        var quantized = QuantizedItems.Build(model.Factors);
        Assert.NotNull(quantized);
        var customer = random.Next(Customers);
        var rejected = random.NextDouble() * 0.9;
        var accept = Enumerable.Range(0, Items).Select(_ => random.NextDouble() >= rejected).ToArray();
        var (expected, expectedScores) = (new int[count], new float[count]);
        var expectedFound = PersonalRanker.ScanAll(model, customer, item => accept[item], expected, expectedScores);
        var (best, bestScores) = (new int[count], new float[count]);

        if (!BoundedTopK.TrySelect(model, quantized, (IFactorPart)model.Personal, customer, item => accept[item], best, bestScores, out var found))
        {
            Assert.True(expectedFound < count, $"seed {seed}: declined with {expectedFound} of {count} accepted");
            return false;
        }

        Assert.Equal(expectedFound, found);
        Assert.Equal(expected[..found], best[..found]);
        Assert.Equal(expectedScores[..found].Select(BitConverter.SingleToInt32Bits), bestScores[..found].Select(BitConverter.SingleToInt32Bits));
        return true;
    }

    /// <summary>
    /// Random factors of one of four kinds: any floats; a few values (exact ties everywhere); rows repeated with a last
    /// bit flipped (near ties); and rows at very different scales.
    /// </summary>
    private static RecommenderModel WithFactors(RecommenderModel shop, Random random, int style, bool blend)
    {
        const int k = 64;
        var items = new float[Items * k];
        for (var index = 0; index < items.Length; index++)
        {
            items[index] = style switch
            {
                1 => random.Next(-2, 3) * 0.5f,
                3 => (float)((random.NextDouble() - 0.5) * Math.Pow(10, (index / k % 7) - 3)),
                _ => (float)(random.NextDouble() - 0.5),
            };
        }

        for (var item = 1; style == 2 && item < Items; item += 2)
        {
            for (var f = 0; f < k; f++)
            {
                var value = items[((item - 1) * k) + f];
                items[(item * k) + f] = random.Next(3) == 0 ? value : BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) ^ 1);
            }
        }

        var customers = Enumerable.Range(0, Customers * k).Select(_ => style == 1 ? random.Next(-2, 3) * 0.25f : (float)(random.NextDouble() - 0.5)).ToArray();
        var popularity = Enumerable.Range(0, Items).Select(_ => (float)random.Next(4)).ToArray();
        return shop with
        {
            Factors = new AlsFactors(Customers, Items, k, customers, items),
            Popularity = popularity,
            Personal = blend ? BlendCandidate.PartOf(Neighbors(random), (float)random.NextDouble()) : AlsCandidate.Part,
        };
    }

    private static ItemNeighbors Neighbors(Random random)
    {
        var offsets = new int[Items + 1];
        var neighbors = new List<int>();
        var scores = new List<float>();
        for (var item = 0; item < Items; item++)
        {
            for (var n = random.Next(4); n > 0; n--)
            {
                neighbors.Add(random.Next(Items));
                scores.Add(random.Next(1, 4) * 0.25f);
            }

            offsets[item + 1] = neighbors.Count;
        }

        return new ItemNeighbors(offsets, [.. neighbors], [.. scores]);
    }

    /// <summary>A fitted model over <see cref="Items"/> items and <see cref="Customers"/> customers, whose factors the cases replace.</summary>
    private static RecommenderModel Fit()
    {
        var builder = new PurchaseHistoryBuilder();
        for (var item = 0; item < Items; item++)
        {
            builder.AddCatalogItem($"I{item}", $"ITEM {item}", $"c{item % 5}", 1 + (item % 9));
        }

        var random = new Random(3);
        for (var customer = 0; customer < Customers; customer++)
        {
            for (var line = 0; line < 30; line++)
            {
                var item = customer == 0 ? line * 10 % Items : random.Next(Items);
                builder.AddPurchase($"u{customer}", $"I{item}", $"o{customer}-{line % 6}", RecommenderTestData.Start.AddDays(line), 1, 1 + (item % 9));
            }
        }

        var history = builder.Build();
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Evaluate = false };
        var model = RecommenderTrainer.Fit(history, options, ModelChoice.Default, TrainingWindow.Whole(history)).Model;
        Assert.Equal(Items, model.Items.Count);
        Assert.Equal(Customers, model.Customers.Count);
        return model;
    }
}
