using Loyalty.ML.Core;

namespace Loyalty.ML.Data;

/// <summary>
/// What became of one row. A row gets the first outcome that applies, checked in declaration order:
/// malformed checks first, then the exclusion rules, else <see cref="Accepted"/>.
/// </summary>
internal enum RowOutcome
{
    /// <summary>
    /// Malformed: a quoted field runs over more physical lines, or a field is longer, than the reader allows
    /// (a stray quote); counted once per physical line it spans, so swallowed rows are not lost from the counts.
    /// </summary>
    OversizedField,

    /// <summary>Malformed: the row has more or fewer fields than the header.</summary>
    WrongFieldCount,

    /// <summary>Malformed: a required field (item id, timestamp, quantity, price) is empty.</summary>
    MissingField,

    /// <summary>Malformed: a date does not parse with the mapping's date formats.</summary>
    BadDate,

    /// <summary>Malformed: a number does not parse with the mapping's culture.</summary>
    BadNumber,

    /// <summary>Malformed: an item's url or image_url is neither an absolute http(s) URL nor a path from the site's root (<c>/…</c>).</summary>
    BadUrl,

    /// <summary>Excluded: no customer id (guest checkout).</summary>
    MissingCustomerId,

    /// <summary>Excluded: the item code is not a product (postage, fee, discount).</summary>
    NonProduct,

    /// <summary>Excluded from purchases: a cancellation or return, kept in <see cref="PurchaseHistory.Returns"/>.</summary>
    Cancellation,

    /// <summary>Excluded: negative quantity where the mapping does not read it as a return.</summary>
    NegativeQuantity,

    /// <summary>Excluded: quantity zero.</summary>
    ZeroQuantity,

    /// <summary>Excluded: unit price zero (free samples, manual lines).</summary>
    ZeroPrice,

    /// <summary>Excluded: negative unit price (adjustments).</summary>
    NegativePrice,

    /// <summary>Accepted as a purchase (or, in the items and customers files, as a record).</summary>
    Accepted,
}
