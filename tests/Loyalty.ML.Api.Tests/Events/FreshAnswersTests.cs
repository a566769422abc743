using Loyalty.ML.Api.Events;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Als;
using Loyalty.ML.Recommendations.Answers;

namespace Loyalty.ML.Api.Tests.Events;

public sealed class FreshAnswersTests
{
    private static readonly DateTime Start = new(2024, 1, 1);

    [Theory]
    [InlineData("ease")]
    [InlineData("als")]
    [InlineData("item_knn")]
    public void Recommend_ReportedPurchaseOfAnotherTaste_TurnsThePersonalListOfTheServedCandidateToIt(string personal)
    {
        var history = TwoTastes();
        var options = new RecommenderOptions { Als = new AlsOptions { Factors = 4, Iterations = 8, Regularization = 0.1f, Threads = 1 }, Ease = new() { Lambda = 2 } };
        var (model, _) = RecommenderTrainer.Fit(history, options, new ModelChoice(personal, AlsoBoughtMethod.CoOccurrence), TrainingWindow.Whole(history));
        var recommender = new AlsRecommender(model);
        var query = new RecommendationQuery(3);
        var reported = CustomerEvents.None
            .With(new PurchaseEvent("e1", "k0", "G1", 1, 1, new DateTimeOffset(Start.AddDays(40), TimeSpan.Zero), "o-e1"))
            .With(new PurchaseEvent("e2", "k0", "G2", 1, 1, new DateTimeOffset(Start.AddDays(40), TimeSpan.Zero), "o-e1"));

        var before = FreshAnswers.Recommend(recommender, "k0", CustomerEvents.None, query).Items.Select(item => item.ItemId).ToList();
        var after = FreshAnswers.Recommend(recommender, "k0", reported, query).Items.Select(item => item.ItemId).ToList();

        Assert.Equal(personal, model.PersonalMethod);
        Assert.DoesNotContain("G1", after);
        Assert.True(after.Count(id => id.StartsWith('G')) > before.Count(id => id.StartsWith('G')), $"before [{string.Join(", ", before)}], after [{string.Join(", ", after)}]");
    }

    // Kitchen buyers k0..k9 buy two or three of K1..K5, garden buyers g0..g9 two or three of G1..G5 (k0 only K1 and K2).
    private static PurchaseHistory TwoTastes()
    {
        var builder = new PurchaseHistoryBuilder();
        var random = new Random(3);
        for (var customer = 0; customer < 20; customer++)
        {
            var taste = customer < 10 ? "K" : "G";
            var id = $"{char.ToLowerInvariant(taste[0])}{customer % 10}";
            var items = id == "k0" ? [1, 2] : Enumerable.Range(1, 5).OrderBy(_ => random.Next()).Take(2 + random.Next(2)).ToArray();
            foreach (var number in items)
            {
                builder.AddPurchase(id, $"{taste}{number}", $"o{customer}", Start.AddDays(customer), 1, number);
            }
        }

        return builder.Build();
    }
}
