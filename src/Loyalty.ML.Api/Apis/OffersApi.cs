using System.Text.Json;
using Loyalty.ML.Api.Contracts;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Offers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ML.Api.Apis;

/// <summary>A customer's personalised offers within the program's limits.</summary>
internal static class OffersApi
{
    /// <summary>Maps the endpoint, requiring <c>offers:read</c>: offers reveal churn risk, so a shop's recommendations key does not see them.</summary>
    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/v1").WithTags("Offers").RequireAuthorization(ApiScopes.OffersRead)
            .MapGet("/customers/{customerId}/offers", GetOffers)
            .WithName(nameof(GetOffers))
            .WithSummary("A customer's offers (win-back, cross-sell, up-sell, replenishment, birthday, anniversary, nurture, VIP), best first.");
        return app;
    }

    /// <summary>Today's offers; 404 when the model does not know the customer.</summary>
    public static Results<Ok<OffersResponse>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult> GetOffers(
        string customerId, ModelProvider provider, OfferRulesProvider offers, TimeProvider time)
    {
        Dictionary<string, string[]>? errors = null;
        ApiValidation.Id(customerId, nameof(customerId), ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (provider.Current is not { } model)
        {
            return ModelProblems.NoBundle(provider);
        }

        if (model.Bundle.Customers is not { } customers)
        {
            return ModelProblems.MissingPart(model, "customer facts");
        }

        if (!customers.TryGetValue(customerId, out var facts))
        {
            return ModelProblems.Unknown("customer", customerId, model);
        }

        var bundle = model.Bundle;
        var customer = bundle.Models.WithScores(facts);
        var asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var configuration = offers.Current;
        var state = configuration.Ledger.StateOf(customerId, asOf, configuration.Engine.Rules.Limits);
        var proposed = configuration.Engine.Propose(customer, state, bundle.Recommender, asOf);
        return TypedResults.Ok(new OffersResponse(customerId, asOf, proposed.Select(View).ToList(), model.Version));
    }

    private static OfferView View(Offer offer) => new(
        JsonNamingPolicy.SnakeCaseLower.ConvertName(offer.Type.ToString()), offer.Items, offer.DiscountPercent, offer.BonusValue,
        offer.BonusMultiplier, offer.Channel, offer.ValidFrom, offer.ValidUntil, offer.Reason, offer.IsServiceMessage);
}
