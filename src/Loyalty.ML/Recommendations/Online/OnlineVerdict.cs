using System.Text.Json.Serialization;

namespace Loyalty.ML.Recommendations.Online;

/// <summary>What a comparison of a challenger with the champion can say.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OnlineVerdict>))]
public enum OnlineVerdict
{
    /// <summary>The 95% interval of the difference lies above zero.</summary>
    [JsonStringEnumMemberName("better")]
    Better,

    /// <summary>The 95% interval of the difference lies below zero.</summary>
    [JsonStringEnumMemberName("worse")]
    Worse,

    /// <summary>The interval holds zero, or either arm has too few customers for one.</summary>
    [JsonStringEnumMemberName("not_yet_distinguishable")]
    NotYetDistinguishable,
}
