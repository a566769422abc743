using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Ease;
using Loyalty.ML.Recommendations.Ranking;
using Loyalty.ML.Recommendations.Storage;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

/// <summary>The served personal top-10 of EASE against a brute-force ranking written out element by element.</summary>
public sealed class PersonalRankerTests
{
    private const int Count = 10;

    [Fact]
    public void Top_EaseOnAGeneratedShop_EveryCustomersTopTenIsTheBruteForceRankingWithTheSameScoreBits()
    {
        var (history, _) = SampleDataGenerator.GenerateHistory(new SampleDataOptions { Customers = 800, Items = 900, Lines = 40_000 });
        var options = new RecommenderOptions { Als = RecommenderTestData.FastAls, Ease = new EaseOptions { Lambda = 20, MaxItems = 300 } };
        var (model, _) = RecommenderTrainer.Fit(history, options, new ModelChoice("ease", "co_occurrence"), TrainingWindow.Whole(history));
        var (modelled, weights) = EaseSection(model);
        var similarity = new ItemSimilarity(model.Factors);
        var items = model.Items.Count;
        var tieBreak = 1e-4f / model.Popularity.AsSpan(0, items).ToArray().Max();
        Assert.Equal("ease", model.PersonalMethod);
        Assert.True(modelled.Length < items, "some items are left out of EASE, so popularity alone orders them");

        for (var customer = 0; customer < model.Customers.Count; customer++)
        {
            var bought = model.History.ItemsOf(customer).ToArray();
            var scores = new float[items];
            for (var item = 0; item < items; item++)
            {
                scores[item] = model.Popularity[item] * tieBreak;
            }

            for (var column = 0; column < modelled.Length; column++)
            {
                var sum = 0f;
                foreach (var item in bought)
                {
                    if (Array.IndexOf(modelled, item) is var row and >= 0)
                    {
                        sum += weights[(row * modelled.Length) + column];
                    }
                }

                scores[modelled[column]] += sum;
            }

            var expected = Enumerable.Range(0, items).Where(item => !bought.Contains(item))
                .OrderByDescending(item => scores[item]).ThenBy(item => item).Take(Count)
                .Select(item => (item, BitConverter.SingleToInt32Bits(scores[item])));

            var served = PersonalRanker.Top(model, similarity, customer, Count, item => !bought.Contains(item))
                .Select(ranked => (ranked.Item, BitConverter.SingleToInt32Bits(ranked.Score)));

            Assert.Equal(expected, served);
        }
    }

    /// <summary>The modelled items and B as the model file holds them.</summary>
    private static (int[] Items, float[] Weights) EaseSection(RecommenderModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Personal.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var size = reader.ReadInt32();
        return (BinarySections.ReadArray<int>(reader, size), BinarySections.ReadArray<float>(reader, size * size));
    }
}
