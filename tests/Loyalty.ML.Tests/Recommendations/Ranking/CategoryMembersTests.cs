using Loyalty.ML.Recommendations.Ranking;

namespace Loyalty.ML.Tests.Recommendations.Ranking;

public sealed class CategoryMembersTests
{
    [Fact]
    public void Of_Category_ItsItemsAscending()
    {
        var members = new CategoryMembers([1, -1, 0, 1, 1, 0], categoryCount: 3);

        Assert.Equal([2, 5], members.Of(0)!);
        Assert.Equal([0, 3, 4], members.Of(1)!);
        Assert.Empty(members.Of(2)!);
    }

    [Fact]
    public void Of_NoCategory_NullForEveryItem()
    {
        var members = new CategoryMembers([0, -1], categoryCount: 1);

        Assert.Null(members.Of(-1));
    }
}
