using System.CommandLine;
using Loyalty.ML.Training.Cli;
using Loyalty.ML.Training.Commands.Campaigns;
using Loyalty.ML.Training.Commands.Data;
using Loyalty.ML.Training.Commands.Exports;
using Loyalty.ML.Training.Commands.Models;
using Loyalty.ML.Training.Commands.Train;

var root = new RootCommand("Train, evaluate and publish Loyalty.ML's models from a purchase history; check data before training; manage, compare, report and export the published versions.")
{
    TrainCommand.Create(),
    ValidateCommand.Create(),
    TuneCommand.Create(),
    GenerateCommand.Create(),
    ModelsCommand.Create(),
    ReportCommand.Create(),
    ExportRecommendationsCommand.Create(),
    ExportOffersCommand.Create(),
    CampaignReportCommand.Create(),
    RoiCommand.Create(),
    EventStoreCommand.Create(),
};
return TrainerCli.Run(root, args);
