using Loyalty.ML.Api.Options;

namespace Loyalty.ML.Api.Tests.Options;

public sealed class RegistryLocationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("loyalty-registry-location").FullName;

    [Fact]
    public void Find_StartedFromTheProjectFolder_FindsTheRepositoryModelsFolder()
    {
        File.WriteAllText(Path.Combine(_root, "Loyalty.ML.sln"), "");
        var models = Directory.CreateDirectory(Path.Combine(_root, "models")).FullName;
        var project = Directory.CreateDirectory(Path.Combine(_root, "src", "Loyalty.ML.Api")).FullName;

        Assert.Equal(models, RegistryLocation.Find("models", workingDirectory: project, serviceDirectory: "/"));
        Assert.Equal(models, RegistryLocation.Find("models", workingDirectory: "/", serviceDirectory: Path.Combine(project, "bin")));
        Assert.Equal(models, RegistryLocation.Find("models", workingDirectory: _root, serviceDirectory: "/"));
    }

    [Fact]
    public void Find_FolderInTheWorkingDirectory_WinsOverTheRepository()
    {
        File.WriteAllText(Path.Combine(_root, "Loyalty.ML.sln"), "");
        Directory.CreateDirectory(Path.Combine(_root, "models"));
        var local = Directory.CreateDirectory(Path.Combine(_root, "deploy", "models")).FullName;

        Assert.Equal(local, RegistryLocation.Find("models", workingDirectory: Path.Combine(_root, "deploy"), serviceDirectory: "/"));
    }

    [Fact]
    public void Validate_NoRegistryAnywhere_FailsNamingThePathAndTheSetting()
    {
        var missing = Path.Combine(_root, "nowhere");

        var result = new ModelOptionsValidator().Validate(null, new ModelOptions { RegistryPath = missing });

        Assert.True(result.Failed);
        Assert.Contains(missing, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Models__RegistryPath", result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
