namespace Loyalty.ML.SampleData.Simulation;

/// <summary>Arrays of running sums of weights, the form <see cref="SampleRandom.Pick"/> draws from, some restarting at each group.</summary>
internal static class RunningSums
{
    /// <summary>The weight at <paramref name="index"/> of running sums that restart at <paramref name="groupStart"/>.</summary>
    public static double WeightAt(double[] runningSums, int index, int groupStart = 0) =>
        runningSums[index] - (index == groupStart ? 0 : runningSums[index - 1]);
}
