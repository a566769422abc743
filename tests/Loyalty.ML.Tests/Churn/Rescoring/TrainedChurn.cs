using Loyalty.ML.Churn;
using Loyalty.ML.Churn.Rescoring;
using Loyalty.ML.Core;
using Loyalty.ML.SampleData;

namespace Loyalty.ML.Tests.Churn.Rescoring;

/// <summary>Churn trained once on the sample and saved as a bundle saves it, shared by the rescoring tests.</summary>
public sealed class TrainedChurn : IDisposable
{
    private readonly TempDirectory _folder = new();

    public TrainedChurn()
    {
        History = SampleDataGenerator.GenerateHistory(new SampleDataOptions()).History;
        var training = ChurnTrainer.Train(History, new ChurnOptions());
        training.Save(_folder.Path);
        Published = ChurnScores.Load(_folder.Path);
        Rescorer = ChurnRescorer.LoadIfPresent(_folder.Path) ?? throw new InvalidOperationException("No churn context was saved.");
    }

    public PurchaseHistory History { get; }

    public IChurnScores Published { get; }

    public ChurnRescorer Rescorer { get; }

    public string Directory => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
