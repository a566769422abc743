using System.CommandLine;
using Loyalty.ML.Training.Commands;

var root = new RootCommand("Loyalty.ML trainer: generate sample data, train, evaluate, publish and manage model versions.")
{
    TrainCommand.Create(),
    ModelsCommand.Create(),
    GenerateCommand.Create(),
    RoiCommand.Create(),
    ExportOffersCommand.Create(),
    CampaignReportCommand.Create(),
    TuneCommand.Create(),
    ExportRecommendationsCommand.Create(),
    ReportCommand.Create(),
    EventStoreCommand.Create(),
};
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception error) when (CommandErrors.IsUserError(error))
{
    return CommandErrors.Report(error);
}
