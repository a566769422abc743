using System.CommandLine;
using Loyalty.ML.Benchmarks.Commands;
using Loyalty.ML.Data;

var root = new RootCommand("Loyalty.ML benchmarks: each measures the product against a baseline measured in the same run.")
{
    BenchRecsCommand.Create(),
    BenchLoadCommand.Create(),
    BenchChurnCommand.Create(),
    BenchEventsCommand.Create(),
    BenchEaseCommand.Create(),
    BenchExperimentCoverageCommand.Create(),
};
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception error) when (error is DataLoadException or IOException or InvalidDataException or ArgumentException)
{
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}
