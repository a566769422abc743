using Loyalty.ML.Recommendations;
using Loyalty.ML.Recommendations.Tuning;

namespace Loyalty.ML.Tests.Recommendations.Tuning;

public sealed class TuningOptionsTests
{
    [Fact]
    public void Problems_Defaults_None()
    {
        Assert.Empty(new RecommenderOptions { Tuning = new TuningOptions() }.Problems());
    }

    [Fact]
    public void Problems_GridValuesNoFitTakes_EachNamedOnceWhereTheSearchIsSet()
    {
        var options = new RecommenderOptions { Tuning = new TuningOptions { Factors = [0, 32], BlendWeights = [0.5f, 2f], Trials = 0 } };

        var problems = options.Problems();

        Assert.Single(problems, problem => problem.StartsWith("tuning: ", StringComparison.Ordinal) && problem.Contains("factors", StringComparison.Ordinal));
        Assert.Single(problems, problem => problem.StartsWith("tuning: ", StringComparison.Ordinal) && problem.Contains("blend weight", StringComparison.Ordinal));
        Assert.Contains("tuning trials must be at least 1, not 0", problems);
        Assert.Throws<ArgumentException>(options.Validate);
    }
}
