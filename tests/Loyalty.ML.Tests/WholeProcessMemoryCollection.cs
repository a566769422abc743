namespace Loyalty.ML.Tests;

/// <summary>Tests that read the whole process's managed memory: run alone, not beside other tests allocating and freeing.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WholeProcessMemoryCollection
{
    public const string Name = "Whole-process memory";
}
