namespace Loyalty.ML.Api.Events.Durability;

/// <summary>What went wrong with the event store, and since when.</summary>
/// <param name="Problem">What is wrong, in a sentence naming <c>Events:StorePath</c>.</param>
/// <param name="Since">When it was seen.</param>
internal sealed record StoreFault(string Problem, DateTimeOffset Since);
