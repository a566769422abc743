using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Loyalty.ML.Core;

namespace Loyalty.ML.Recommendations.Evaluation.Metrics;

/// <summary>Writes <see cref="RecommenderMetrics"/> with ALS's K-named figures at the top level, as metrics.json always has.</summary>
internal sealed class RecommenderMetricsConverter : JsonConverter<RecommenderMetrics>
{
    // Reads what the report shows; the fit, the collapse guard and the tuning search stay in metrics.json only.
    public override RecommenderMetrics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (!MetricsElement.Flag(root, "evaluated", true))
        {
            return RecommenderMetrics.NotEvaluated(MetricsElement.Text(root, "reason") ?? "not evaluated");
        }

        var baselines = MetricsElement.Object(root, "baselines");
        var validation = MetricsElement.Object(root, "validation");
        var candidates = MetricsElement.Object(root, "candidates");
        return new RecommenderMetrics
        {
            Als = MetricsElement.Summary(root),
            SplitTime = MetricsElement.Time(root, "split_time"),
            EligibleTestCustomers = (int)MetricsElement.Number(root, "eligible_test_customers"),
            NdcgLiftOverItemKnn = MetricsElement.Number(root, "ndcg_lift_over_item_knn"),
            Popularity = baselines is { } b && MetricsElement.Object(b, "popularity") is { } popularity ? MetricsElement.Summary(popularity) : null,
            ItemKnn = baselines is { } c && MetricsElement.Object(c, "item_knn") is { } itemKnn ? MetricsElement.Summary(itemKnn) : null,
            AlsFitSeconds = MetricsElement.Number(root, "als_fit_seconds"),
            UpSell = MetricsElement.Text(root, "up_sell"),
            Served = MetricsElement.Object(root, "served") is { } served ? MetricsElement.Summary(served) : null,
            Headline = MetricsElement.Text(root, "headline"),
            Chosen = MetricsElement.Text(root, "chosen"),
            ChosenOn = MetricsElement.Text(root, "chosen_on"),
            BestBaseline = MetricsElement.Text(root, "best_baseline"),
            NdcgLiftOverBestBaseline = MetricsElement.Number(root, "ndcg_lift_over_best_baseline"),
            Note = MetricsElement.Text(root, "note"),
            ValidationSplitTime = validation is { } v ? MetricsElement.Time(v, "split_time") : null,
            ValidationCustomers = validation is { } w ? (int)MetricsElement.Number(w, "test_customers") : 0,
            Candidates = candidates is { } list ? [.. list.EnumerateObject().Select(Candidate)] : [],
            Protocol = MetricsElement.Text(root, "protocol"),
            ProtocolReason = MetricsElement.Text(root, "protocol_reason"),
            Evaluated = MetricsElement.Text(root, "splits_fitted"),
            ChoiceCustomers = MetricsElement.NumberOrNull(root, "choice_customers") is { } choiceCustomers ? (int)choiceCustomers : 0,
            RepeatShare = MetricsElement.NumberOrNull(root, "repeat_share"),
            ChoiceStatement = MetricsElement.Object(root, "choice") is { } choice ? MetricsElement.Text(choice, "statement") : null,
        };
    }

    private static CandidateFigures Candidate(JsonProperty property)
    {
        var test = MetricsElement.Summary(property.Value);
        var basket = MetricsElement.Object(property.Value, "last_basket");
        return new CandidateFigures(property.Name, test, MetricsElement.Number(property.Value, "ndcg_std_error"), MetricsElement.NumberOrNull(property.Value, $"validation_ndcg_at_{test.K}"), MetricsElement.Flag(property.Value, "eligible", true))
        {
            LastBasket = basket is { } b && MetricsElement.NumberOrNull(b, "test_customers") is not null ? MetricsElement.Summary(b) : null,
            LastBasketStdError = basket is { } e ? MetricsElement.NumberOrNull(e, "ndcg_std_error") ?? 0 : 0,
            LastBasketValidationNdcg = basket is { } v ? MetricsElement.NumberOrNull(v, $"validation_ndcg_at_{test.K}") : null,
        };
    }

    public override void Write(Utf8JsonWriter writer, RecommenderMetrics value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.NotEvaluatedReason is not null || value.Als is null)
        {
            writer.WriteBoolean("evaluated", false);
            writer.WriteString("reason", value.NotEvaluatedReason);
            writer.WriteEndObject();
            return;
        }

        RankingSummaryConverter.WriteFields(writer, value.Als);
        writer.WriteString("split_time", value.SplitTime.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteNumber("eligible_test_customers", value.EligibleTestCustomers);
        writer.WriteMetric("ndcg_lift_over_item_knn", value.NdcgLiftOverItemKnn);
        writer.WriteStartObject("baselines");
        Write(writer, "popularity", value.Popularity, options);
        Write(writer, "item_knn", value.ItemKnn, options);
        writer.WriteEndObject();
        writer.WriteMetric("als_fit_seconds", value.AlsFitSeconds);
        Write(writer, "fit", value.Fit, options);
        if (value.UpSell is not null)
        {
            writer.WriteString("up_sell", value.UpSell);
        }
        if (value.Served is not null)
        {
            WriteChoice(writer, value, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteChoice(Utf8JsonWriter writer, RecommenderMetrics value, JsonSerializerOptions options)
    {
        if (value.Headline is not null)
        {
            writer.WriteString("headline", value.Headline);
        }

        writer.WriteString("chosen", value.Chosen);
        writer.WriteString("chosen_on", value.ChosenOn);
        writer.WriteStartObject("served");
        RankingSummaryConverter.WriteFields(writer, value.Served!);
        writer.WriteEndObject();
        writer.WriteString("best_baseline", value.BestBaseline);
        writer.WriteMetric("ndcg_lift_over_best_baseline", value.NdcgLiftOverBestBaseline);
        if (value.Note is not null)
        {
            writer.WriteString("note", value.Note);
        }

        if (value.ValidationSplitTime is { } validation)
        {
            writer.WriteStartObject("validation");
            writer.WriteString("split_time", validation.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteNumber("test_customers", value.ValidationCustomers);
            writer.WriteEndObject();
        }

        Write(writer, "factor_collapse", value.FactorCollapse, options);
        if (value.Tuning is { } tuning)
        {
            TuningJson.Write(writer, tuning);
        }

        WriteProtocol(writer, value);

        writer.WriteStartObject("candidates");
        foreach (var candidate in value.Candidates)
        {
            writer.WriteStartObject(candidate.Name);
            RankingSummaryConverter.WriteFields(writer, candidate.Test);
            writer.WriteMetric("ndcg_std_error", candidate.NdcgStdError);
            if (candidate.ValidationNdcg is { } ndcg)
            {
                writer.WriteMetric($"validation_ndcg_at_{candidate.Test.K}", ndcg);
            }

            writer.WriteBoolean("eligible", candidate.Eligible);
            if (candidate.LastBasket is not null || candidate.LastBasketValidationNdcg is not null)
            {
                // Only the choice split when the last basket added evidence without deciding (its test split is not fitted then).
                writer.WriteStartObject("last_basket");
                if (candidate.LastBasket is { } basket)
                {
                    RankingSummaryConverter.WriteFields(writer, basket);
                    writer.WriteMetric("ndcg_std_error", candidate.LastBasketStdError);
                }

                if (candidate.LastBasketValidationNdcg is { } basketNdcg)
                {
                    writer.WriteMetric($"validation_ndcg_at_{candidate.Test.K}", basketNdcg);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteProtocol(Utf8JsonWriter writer, RecommenderMetrics value)
    {
        if (value.Protocol is null)
        {
            return;
        }

        writer.WriteString("protocol", value.Protocol);
        writer.WriteString("protocol_reason", value.ProtocolReason);
        if (value.Evaluated is { } evaluated)
        {
            writer.WriteString("splits_fitted", evaluated);
        }

        writer.WriteNumber("choice_customers", value.ChoiceCustomers);
        writer.WriteStartObject("customers");
        writer.WriteNumber("time_split_validation", value.TimeSplitValidationCustomers);
        writer.WriteNumber("time_split_test", value.TimeSplitTestCustomers);
        writer.WriteNumber("last_basket_validation", value.LastBasketValidationCustomers);
        writer.WriteNumber("last_basket_test", value.LastBasketTestCustomers);
        writer.WriteEndObject();
        if (value.RepeatShare is { } repeats)
        {
            writer.WriteMetric("repeat_share", repeats);
        }

        if (value.Choice is { } choice)
        {
            writer.WriteStartObject("choice");
            writer.WriteString("chosen", choice.Chosen);
            writer.WriteString("statement", value.ChoiceStatement);
            Comparison(writer, "leader_vs_runner_up", choice.Comparison);
            if (choice.Pooled is { } pooled)
            {
                Comparison(writer, "pooled", pooled);
            }

            writer.WriteString("rule", choice.Reason);
            writer.WriteEndObject();
        }
    }

    private static void Comparison(Utf8JsonWriter writer, string name, Selection.PairedComparison comparison)
    {
        writer.WriteStartObject(name);
        writer.WriteString("leader", comparison.First);
        writer.WriteString("runner_up", comparison.Second);
        writer.WriteMetric("ndcg_difference", Math.Round(comparison.Difference, 5));
        writer.WriteMetric("low_95", Math.Round(comparison.Low, 5));
        writer.WriteMetric("high_95", Math.Round(comparison.High, 5));
        writer.WriteNumber("customers", comparison.Customers);
        writer.WriteBoolean("distinguishable", comparison.Distinguishable);
        writer.WriteEndObject();
    }

    private static void Write<T>(Utf8JsonWriter writer, string name, T? value, JsonSerializerOptions options)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
    }
}
