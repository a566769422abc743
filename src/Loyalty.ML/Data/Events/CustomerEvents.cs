using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Loyalty.ML.Data.Events;

/// <summary>
/// What one customer reported since a model's last day, replaced whole on every new event so a reader sees one
/// consistent set (and the purchase list's identity stands for the set: answers computed from it can be kept by it).
/// The generation and the fingerprint are part of the customer's cache keys: a new event means new keys, and two
/// replicas that have applied different events of the same count never share a cached answer.
/// </summary>
/// <param name="Purchases">Purchase lines applied, in the order applied.</param>
/// <param name="Offers">Offer events applied, in the order applied.</param>
/// <param name="Fingerprint">XOR of the events' id hashes: the same set gives the same value in any order of arrival.</param>
public sealed record CustomerEvents(ImmutableList<PurchaseEvent> Purchases, ImmutableList<OfferEvent> Offers, ulong Fingerprint = 0)
{
    /// <summary>A customer with no events.</summary>
    public static CustomerEvents None { get; } = new([], []);

    /// <summary>Number of events applied: changes with every one.</summary>
    public int Generation => Purchases.Count + Offers.Count;

    /// <summary>These events and <paramref name="purchase"/>.</summary>
    public CustomerEvents With(PurchaseEvent purchase) =>
        this with { Purchases = Purchases.Add(purchase), Fingerprint = Fingerprint ^ Hash(purchase.EventId, PurchaseSeed) };

    /// <summary>These events and <paramref name="offer"/>.</summary>
    public CustomerEvents With(OfferEvent offer) =>
        this with { Offers = Offers.Add(offer), Fingerprint = Fingerprint ^ Hash(offer.EventId, OfferSeed) };

    // Purchase and offer ids are unique per kind only: a seed per kind keeps equal ids of two kinds apart.
    private const long PurchaseSeed = 0x5055_5243;
    private const long OfferSeed = 0x4f46_4645;

    private static ulong Hash(string eventId, long seed) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(eventId.AsSpan()), seed);
}
