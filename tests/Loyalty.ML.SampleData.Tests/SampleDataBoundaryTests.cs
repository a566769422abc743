using System.Runtime.CompilerServices;
using Loyalty.ML.Core;

namespace Loyalty.ML.SampleData.Tests;

/// <summary>The sample data stays out of the product library and uses only its public surface.</summary>
public sealed class SampleDataBoundaryTests
{
    [Fact]
    public void Library_GrantsTheSampleDataProjectNoInternals()
    {
        var granted = typeof(PurchaseHistory).Assembly.GetCustomAttributes(typeof(InternalsVisibleToAttribute), inherit: false)
            .Cast<InternalsVisibleToAttribute>()
            .Select(attribute => attribute.AssemblyName);

        Assert.DoesNotContain(typeof(SampleDataGenerator).Assembly.GetName().Name, granted);
    }

    [Fact]
    public void Library_HoldsNoSampleGenerator()
    {
        var generators = typeof(PurchaseHistory).Assembly.GetTypes()
            .Where(type => type.Namespace is { } name && (name.Contains(".Generation", StringComparison.Ordinal) || type.Name.Contains("Simulator", StringComparison.Ordinal)))
            .Select(type => type.FullName);

        Assert.Empty(generators);
    }
}
