namespace Loyalty.ML.Reports.Html;

/// <summary>The report's style sheet, inline so the file opens offline; readable on a laptop and printable.</summary>
internal static class ReportStyles
{
    public const string Css = """
        body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 2rem; color: #222; }
        header { border-bottom: 2px solid #1f77b4; margin-bottom: 1rem; }
        nav a { margin-right: 1rem; }
        h1 { margin-bottom: 0.2rem; }
        .section { margin: 2rem 0; break-inside: avoid-page; }
        .plots { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure.plot { margin: 0; flex: 0 1 560px; }
        figure.plot img { width: 100%; height: auto; border: 1px solid #ddd; }
        figcaption { font-size: 0.85rem; color: #555; }
        table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; }
        td.number, th.number { text-align: right; }
        .not-applicable { color: #8a6d3b; background: #fcf8e3; padding: 0.5rem; }
        .note { color: #555; font-size: 0.9rem; }
        .lead { color: #333; margin-top: 0; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 0.6rem; margin: 0.8rem 0; }
        .tile { border: 1px solid #cfd8e3; border-left: 4px solid #1f77b4; padding: 0.4rem 0.6rem; background: #f7f9fc; }
        .tile-value { font-size: 1.35rem; font-weight: bold; }
        .tile-label { font-size: 0.9rem; }
        .tile-note { font-size: 0.75rem; color: #666; }
        .examples { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 0.8rem; }
        .example { border: 1px solid #ddd; padding: 0.4rem 0.7rem; }
        .example h4 { margin: 0.2rem 0; }
        .example ol, .example ul { margin: 0.2rem 0 0.4rem 1.2rem; padding: 0; }
        .reason { color: #666; font-size: 0.8rem; }
        @media print { nav { display: none; } body { max-width: none; } figure.plot { flex-basis: 45%; } .tiles { grid-template-columns: repeat(5, 1fr); } }
        """;
}
