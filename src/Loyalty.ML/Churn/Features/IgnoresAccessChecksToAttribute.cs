namespace System.Runtime.CompilerServices;

/// <summary>
/// Read by the runtime (by name; .NET does not ship the type): an assembly carrying it may use the named assembly's
/// internals. <see cref="Loyalty.ML.Churn.Features.ColumnwiseExamplesView"/> sets it on the assembly it makes.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
internal sealed class IgnoresAccessChecksToAttribute(string assemblyName) : Attribute
{
    public string AssemblyName { get; } = assemblyName;
}
