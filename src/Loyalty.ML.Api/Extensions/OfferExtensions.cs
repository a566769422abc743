using Loyalty.ML.Api.Options;
using Loyalty.ML.Api.Serving;

namespace Loyalty.ML.Api.Extensions;

/// <summary>Registers the offer rules and ledger.</summary>
internal static class OfferExtensions
{
    /// <summary>Adds offers.</summary>
    public static void AddOffers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<OfferOptions>(OfferOptions.Section);
        builder.Services.AddSingleton<OfferRulesProvider>();
    }
}
