using System.CommandLine;
using Loyalty.ML.Training.Cli;
using Loyalty.ML.Training.Commands;

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
