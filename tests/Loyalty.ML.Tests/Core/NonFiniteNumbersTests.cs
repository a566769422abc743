using System.Text.Json.Nodes;
using Loyalty.ML.Core;

namespace Loyalty.ML.Tests.Core;

public sealed class NonFiniteNumbersTests
{
    [Fact]
    public void In_DocumentBuiltInMemory_FindsNaNAndInfinitiesButNotIntegersOrFiniteNumbers()
    {
        var metrics = new JsonObject
        {
            ["kpis"] = new JsonObject { ["revenue"] = double.PositiveInfinity, ["orders"] = 12, ["rate"] = 0.5f },
            ["churn"] = new JsonObject { ["calibration"] = new JsonArray(new JsonObject { ["observed"] = float.NaN }) },
        };

        var found = NonFiniteNumbers.In(metrics).ToList();

        Assert.Equal([("kpis.revenue", "Infinity"), ("churn.calibration[0].observed", "NaN")], found);
    }

    [Fact]
    public void In_ParsedBundleFile_FindsNamedLiteralsAndNumbersBeyondADouble()
    {
        var kpis = JsonNode.Parse("""{ "revenue": "Infinity", "returns": 1e400, "orders": 12, "as_of": "2025-12-31" }""");

        var found = NonFiniteNumbers.In(kpis, "kpis").ToList();

        Assert.Equal([("kpis.revenue", "Infinity"), ("kpis.returns", "1e400")], found);
    }
}
