using System.CommandLine;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Events;
using Loyalty.ML.Offers.Campaigns;
using Loyalty.ML.Offers.Campaigns.Measurement;
using Loyalty.ML.Training.Commands.Data;

namespace Loyalty.ML.Training.Commands.Campaigns;

/// <summary><c>campaign-report NAME</c>: a campaign's treatment against its control group, from the purchases after its day.</summary>
internal static class CampaignReportCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("campaign") { Description = "The campaign's name (an offer type's default campaign is named as the type, e.g. win_back)." };
        var data = new Option<string>("--data") { Description = "Purchase history that runs past the campaign day (file or folder).", DefaultValueFactory = _ => DataInputOptions.DefaultData };
        var mapping = HistoryInput.Mapping();
        var registry = CommonOptions.Registry();
        var assignments = CampaignAssignmentsOption.Create();
        var lift = new Option<double>("--lift") { Description = "Lift in conversion (0–1) the power note gives the group sizes for.", DefaultValueFactory = _ => new CampaignReportOptions().ReferenceLift };
        var json = new Option<string?>("--json") { Description = "Also write the report as JSON to this file." };
        var events = EventStoreOption.Create("read when it exists: purchases tills reported after the history's last day count as outcomes too");
        var command = new Command("campaign-report", "Measure a campaign against its control group: conversion, revenue, cost, incremental ROI, with 95% intervals.")
        {
            name, data, mapping, registry, assignments, lift, json, events,
        };
        command.SetAction(result =>
        {
            var path = CampaignAssignmentsOption.PathOf(result, assignments, issued: null, registry);
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{path}: no campaign assignments recorded (export offers first, or pass --assignments).");
            }

            var rows = CampaignAssignmentFile.Read(path);
            var store = EventStoreOption.PathOf(result, events, result.GetRequiredValue(registry));
            var history = HistoryInput.Load(result.GetRequiredValue(data), result.GetValue(mapping), File.Exists(store) ? new EventSource(store, After: null) : null);
            var report = CampaignMeasurement.Measure(history, rows, result.GetRequiredValue(name), new CampaignReportOptions { ReferenceLift = result.GetValue(lift) });
            CampaignReportText.Print(Console.Out, report);
            if (result.GetValue(json) is { } target)
            {
                BundleJson.Write(target, report);
            }

            return 0;
        });
        return command;
    }
}
