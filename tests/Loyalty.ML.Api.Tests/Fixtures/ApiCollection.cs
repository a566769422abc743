namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>Test classes sharing one <see cref="LoyaltyApiFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<LoyaltyApiFixture>
{
    /// <summary>Collection name.</summary>
    public const string Name = "api";
}
