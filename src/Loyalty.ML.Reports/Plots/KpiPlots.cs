using Loyalty.ML.Reports.Html;
using Loyalty.ML.Segmentation.Kpis;

namespace Loyalty.ML.Reports.Plots;

/// <summary>The KPI section's monthly series over the whole history; a month the data covers only in part is left out.</summary>
internal static class KpiPlots
{
    public static IReadOnlyList<Func<ReportPlot>> Monthly(IReadOnlyList<MonthlyKpis> all, DateOnly? first, DateOnly? last, ReportFormat format)
    {
        var months = all.Where(month => MonthCoverage.IsWhole(month.Month, first, last)).ToList();
        var money = format.CurrencySymbol is { } symbol ? $" ({symbol.Trim()})" : string.Empty;
        return
        [
            () => Series(months, format, "kpi-active-customers", "Active customers per month", "customers", [("active customers", month => month.ActiveCustomers)]),
            () => Series(months, format, "kpi-orders", "Orders per month", "orders", [("orders", month => month.Orders)]),
            () => Series(months, format, "kpi-revenue", "Revenue per month", "revenue" + money, [("revenue", month => month.Revenue)]),
            () => Series(months, format, "kpi-average-check", "Average check per month", "revenue per order" + money, [("average check", month => month.AverageCheck)]),
            () => Series(months, format, "kpi-repeat-retention", "Repeat rate and month-to-month retention", "percent", [("repeat rate %", month => month.RepeatRatePct), ("retention %", month => month.RetentionPct ?? double.NaN)]),
        ];
    }

    private static ReportPlot Series(IReadOnlyList<MonthlyKpis> months, ReportFormat format, string id, string caption, string yLabel, (string Name, Func<MonthlyKpis, double> Value)[] series)
    {
        var plot = PlotCanvas.Create("month", yLabel);
        var xs = PlotCanvas.Dates(months.Select(month => month.Month));
        var colors = new[] { PlotCanvas.Model, PlotCanvas.First };
        for (var k = 0; k < series.Length; k++)
        {
            var (x, y) = Finite(xs, [.. months.Select(series[k].Value)]);
            var line = plot.Add.Scatter(x, y, colors[k % colors.Length]);
            line.LegendText = series[k].Name;
            line.MarkerSize = 4;
        }

        MonthCoverage.Ticks(plot, [.. months.Select(month => month.Month)], format);
        if (series.Length > 1)
        {
            PlotCanvas.Legend(plot);
        }

        return PlotCanvas.Render(plot, id, caption);
    }

    private static (double[] X, double[] Y) Finite(double[] xs, double[] ys)
    {
        var keep = Enumerable.Range(0, xs.Length).Where(i => double.IsFinite(ys[i])).ToArray();
        return ([.. keep.Select(i => xs[i])], [.. keep.Select(i => ys[i])]);
    }
}
