using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Offers.Campaigns;

namespace Loyalty.ML.Offers.Rules;

/// <summary>
/// The offer-rules file's object: the program's settings, then one section per registered rule under its settings
/// key, read into that rule's own class; a section the file leaves out keeps the rule's defaults. An unknown key or a
/// null section is an error naming it.
/// </summary>
internal sealed class OfferRulesConverter : JsonConverter<OfferRules>
{
    private const string LimitsKey = "limits";
    private const string ChannelKey = "default_channel";
    private const string ValidityKey = "validity_days";
    private const string HoldoutKey = "holdout";

    public override OfferRules Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Offer rules are a JSON object.");
        }

        var rules = new OfferRules();
        var byKey = rules.Rules.ToDictionary(rule => rule.SettingsKey, StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonException($"'{key}' must not be null.");
            }

            rules = key switch
            {
                LimitsKey => rules with { Limits = JsonSerializer.Deserialize<ProgramLimits>(ref reader, options)! },
                ChannelKey => rules with { DefaultChannel = JsonSerializer.Deserialize<string>(ref reader, options)! },
                ValidityKey => rules with { ValidityDays = JsonSerializer.Deserialize<int>(ref reader, options) },
                HoldoutKey => rules with { Holdout = JsonSerializer.Deserialize<HoldoutRules>(ref reader, options)! },
                _ when byKey.TryGetValue(key, out var registered) => rules.With((OfferRule)JsonSerializer.Deserialize(ref reader, registered.GetType(), options)!),
                _ => throw new JsonException($"'{key}' is not an offer-rules setting: one of {string.Join(", ", [LimitsKey, ChannelKey, ValidityKey, .. byKey.Keys, HoldoutKey])}."),
            };
        }

        return rules;
    }

    public override void Write(Utf8JsonWriter writer, OfferRules value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(LimitsKey);
        JsonSerializer.Serialize(writer, value.Limits, options);
        writer.WriteString(ChannelKey, value.DefaultChannel);
        writer.WriteNumber(ValidityKey, value.ValidityDays);
        foreach (var rule in value.Rules)
        {
            writer.WritePropertyName(rule.SettingsKey);
            JsonSerializer.Serialize(writer, rule, rule.GetType(), options);
        }

        writer.WritePropertyName(HoldoutKey);
        JsonSerializer.Serialize(writer, value.Holdout, options);
        writer.WriteEndObject();
    }
}
