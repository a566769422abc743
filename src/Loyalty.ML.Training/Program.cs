using System.CommandLine;
using Loyalty.ML.Training.Commands;

var root = new RootCommand("Loyalty.ML trainer: generate sample data, train, evaluate, publish and manage model versions.")
{
    ModelsCommand.Create(),
    BenchChurnCommand.Create(),
};
return root.Parse(args).Invoke();
