using Loyalty.ML.Pipeline.Reporting;
using Loyalty.ML.Reports.Html;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Loyalty.ML.Reports;

/// <summary>Writes a run's report: one self-contained HTML page (template: Razor components, which escape every value they write; plots: ScottPlot SVG).</summary>
public static class ReportWriter
{
    /// <summary>The report's file name in a bundle.</summary>
    public const string FileName = "report.html";

    /// <summary>The report of <paramref name="run"/> as HTML.</summary>
    public static string Render(RunRecord run)
    {
        using var services = new NoServices();
        using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var page = await renderer.RenderComponentAsync<ReportPage>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ReportPage.Run)] = run }));
            return page.ToHtmlString();
        }).GetAwaiter().GetResult();
    }

    /// <summary>Writes the report of <paramref name="run"/> to <paramref name="path"/>.</summary>
    public static void Write(RunRecord run, string path) => File.WriteAllText(path, Render(run));

    // Static rendering asks the container for nothing the report needs.
    private sealed class NoServices : IServiceProvider, IDisposable
    {
        public object? GetService(Type serviceType) => null;

        public void Dispose()
        {
        }
    }
}
