using System.ComponentModel.DataAnnotations;
using Loyalty.ML.Api.Options;

namespace Loyalty.ML.Api.Tests.Options;

public sealed class CacheOptionsTests
{
    [Theory]
    [InlineData(CacheLayer.HandWritten, true)]
    [InlineData(CacheLayer.FusionCache, true)]
    [InlineData((CacheLayer)7, false)]
    public void Validate_Layer_AcceptsOnlyTheNamedLayers(object layer, bool valid)
    {
        var options = new CacheOptions { Layer = (CacheLayer)layer };

        var accepted = Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);

        Assert.Equal(valid, accepted);
    }
}
