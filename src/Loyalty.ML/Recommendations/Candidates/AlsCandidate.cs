using System.Buffers;
using System.Globalization;
using Loyalty.ML.Recommendations.Als;

namespace Loyalty.ML.Recommendations.Candidates;

/// <summary>
/// Implicit ALS: the customer's factors dotted with every item's. The factors are the model's own (every model has
/// them), so the section is empty; a customer's new purchases re-solve their factors (<see cref="CustomerFoldIn"/>).
/// </summary>
internal sealed class AlsCandidate : IPersonalCandidate
{
    public static readonly IPersonalPart Part = new AlsPart();

    public string Name => "als";

    public bool UsesFactors => true;

    public IPersonalPart Fit(CandidateInputs inputs) => Part;

    public IPersonalPart Read(BinaryReader reader, int items) => Part;

    public IEnumerable<RecommenderOptions> Variants(RecommenderOptions baseline, Tuning.TuningOptions tuning)
    {
        var grid = tuning.Grid(baseline.Als).Distinct().ToArray();
        new Random(tuning.Seed).Shuffle(grid);
        return grid.Take(tuning.Trials).Select(als => baseline with { Als = als });
    }

    public string Describe(RecommenderOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"factors {options.Als.Factors}, regularization {options.Als.Regularization}, alpha {options.Als.Alpha}, confidence {options.Als.Confidence}, half-life {options.Als.RecencyHalfLifeDays}, iterations {options.Als.Iterations}");

    private sealed class AlsPart : IFactorPart
    {
        public string Name => "als";

        public float FactorWeight => 1;

        public bool Other(RecommenderModel model, int customer, Span<float> other) => false;

        public void Score(RecommenderModel model, int customer, Span<float> scores)
        {
            var factors = model.Factors;
            RowDots.Compute(factors.Items, factors.Factors, factors.Customer(customer), scores);
        }

        public void ScoreMany(RecommenderModel model, ReadOnlySpan<int> customers, Span<float> scores)
        {
            var factors = model.Factors;
            var k = factors.Factors;
            var queries = ArrayPool<float>.Shared.Rent(customers.Length * k);
            try
            {
                for (var index = 0; index < customers.Length; index++)
                {
                    factors.Customer(customers[index]).CopyTo(queries.AsSpan(index * k, k));
                }

                RowDots.ComputeMany(factors.Items, k, queries.AsSpan(0, customers.Length * k), scores);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(queries);
            }
        }

        public void Write(BinaryWriter writer)
        {
        }
    }
}
