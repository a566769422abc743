using System.Diagnostics.CodeAnalysis;
using Loyalty.ML.Api.Events;
using Loyalty.ML.Api.Http;
using Loyalty.ML.Api.Items;
using Loyalty.ML.Api.Security;
using Loyalty.ML.Api.Serving;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Pipeline.Bundles;
using Loyalty.ML.Pipeline.Customers;
using Loyalty.ML.Api.Options;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.ML.Api.Offers;

/// <summary>Personalised offers within the program's limits: one customer, or a batch for a campaign tool.</summary>
internal static class OffersApi
{
    private const string CustomerFacts = "customer facts";
    private const int MaxCampaignName = 100;

    /// <summary>Maps the endpoint, requiring <c>offers:read</c>: offers reveal churn risk, so a shop's recommendations key does not see them.</summary>
    public static IEndpointRouteBuilder MapOffersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1").WithTags("Offers").RequireAuthorization(ApiScopes.OffersRead);
        api.MapGet("/customers/{customerId}/offers", GetOffers)
            .WithName(nameof(GetOffers))
            .WithSummary("A customer's offers (win-back, cross-sell, up-sell, replenishment, birthday, anniversary, nurture, VIP), best first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/offers", PostOffers)
            .WithName(nameof(PostOffers))
            .WithSummary($"Offers of up to {ApiValidation.MaxBatch} customers, in request order; ids the model does not know are listed apart.");
        return app;
    }

    /// <summary>Today's offers; 404 when the model does not know the customer.</summary>
    public static Results<Ok<OffersResponse>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult> GetOffers(
        string customerId, ModelProvider provider, OfferRulesProvider offers, EventIngestor events, TimeProvider time, bool includeControl = false)
    {
        Dictionary<string, string[]>? errors = null;
        ApiValidation.Id(customerId, nameof(customerId), ref errors);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Customers, CustomerFacts, out var model, out _, out var problem))
        {
            return problem;
        }

        var asOf = Today(time);
        if (!TryView(model, events.OverlayFor(model), customerId, asOf, out var customer))
        {
            return ModelProblems.Unknown("customer", customerId, model);
        }

        var (views, _) = Propose(model, offers.Current, customer, campaign: null, includeControl);
        return TypedResults.Ok(new OffersResponse(customerId, asOf, views, model.Version));
    }

    /// <summary>Today's offers of many customers in request order; unknown ids are listed apart.</summary>
    public static Results<Ok<OffersBatchResponse>, ValidationProblem, ProblemHttpResult> PostOffers(
        OffersBatchRequest request, ModelProvider provider, OfferRulesProvider offers, EventIngestor events, TimeProvider time, IOptions<OfferOptions> options)
    {
        Dictionary<string, string[]>? errors = null;
        var ids = ApiValidation.Ids(request.CustomerIds, "customerIds", ref errors);
        if (request.Campaign is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > MaxCampaignName || name.Any(char.IsControl)))
        {
            ApiValidation.Add(ref errors, "campaign", $"A campaign name has 1 to {MaxCampaignName} characters, none of them control characters.");
        }

        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!ModelProblems.TryGetPart(provider, static served => served.Bundle.Customers, CustomerFacts, out var model, out _, out var problem))
        {
            return problem;
        }

        var asOf = Today(time);
        var configuration = offers.Current;
        var overlay = events.OverlayFor(model);
        var assignments = new List<CampaignAssignment>();
        var (found, unknown) = BatchLookup.Split<CustomerView, CustomerOffersView>(
            ids,
            (string id, [MaybeNullWhen(false)] out CustomerView customer) => TryView(model, overlay, id, asOf, out customer),
            (id, customer) =>
            {
                var (views, assigned) = Propose(model, configuration, customer, request.Campaign, request.IncludeControl);
                assignments.AddRange(assigned);
                return new CustomerOffersView(id, views);
            });
        if (request.Campaign is not null && options.Value.AssignmentsPath is { Length: > 0 } path)
        {
            CampaignAssignmentFile.Append(path, assignments);
        }

        return TypedResults.Ok(new OffersBatchResponse(model.Version, asOf, found, unknown));
    }

    // The rules and ledger are read once per request, so every customer of a batch is judged by the same ones.
    // Reported purchases and offer events count as the ledger and the bundle's facts do. Control offers are assigned
    // like any other and, unless asked for, left out: a shop or CRM showing them would break the holdout.
    private static (List<OfferView> Views, IEnumerable<CampaignAssignment> Assigned) Propose(
        LoadedModel model, OfferConfiguration configuration, CustomerView customer, string? campaign, bool includeControl)
    {
        var limits = configuration.Engine.Rules.Limits;
        var state = customer.OfferState(configuration.Ledger.StateOf(customer.CustomerId, customer.AsOf, limits), limits);
        var offers = configuration.Engine.Propose(customer.Facts!, state, customer.Recommender, customer.AsOf);
        var assigned = CampaignHoldout.Assign(customer.CustomerId, offers, campaign, configuration.Engine.Rules.Holdout);
        return (
            [.. assigned.Where(offer => includeControl || offer.Group == CampaignGroup.Treatment).Select(offer => View(offer, model.Bundle.Models.Tiles))],
            assigned.Select((offer, rank) => offer.ToAssignment(customer.CustomerId, rank + 1)));
    }

    // The customer as the bundle's facts and their reported events make them; false when neither knows them.
    private static bool TryView(LoadedModel model, EventOverlay overlay, string customerId, DateOnly asOf, [MaybeNullWhen(false)] out CustomerView customer)
    {
        customer = model.Bundle.Models.ForCustomer(customerId, overlay.For(customerId), asOf);
        return customer.Facts is not null;
    }

    private static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static OfferView View(CampaignOffer assigned, IReadOnlyDictionary<string, ItemTile>? tiles)
    {
        var offer = assigned.Offer;
        return new OfferView(
            offer.Type.Name, [.. offer.Items.Select(item => ItemViews.Tile(item, tiles))], offer.DiscountPercent, offer.BonusValue,
            offer.BonusMultiplier, offer.Channel, offer.ValidFrom, offer.ValidUntil, offer.Reason, offer.IsServiceMessage,
            assigned.Campaign, assigned.Group == CampaignGroup.Control ? "control" : "treatment");
    }
}
