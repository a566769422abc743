namespace Loyalty.ML.Churn.Lifetime;

/// <summary>
/// Nelder–Mead simplex minimisation (standard coefficients), restarted from its best point until a
/// restart no longer improves: enough for the few smooth, log-scaled parameters of the BTYD models.
/// </summary>
internal static class NelderMead
{
    /// <summary>Minimises <paramref name="function"/> from <paramref name="start"/>; returns the best point.</summary>
    public static double[] Minimize(Func<double[], double> function, double[] start, double initialStep = 0.5, int maxEvaluations = 4000, double tolerance = 1e-10)
    {
        var best = (double[])start.Clone();
        var bestValue = function(best);
        for (var restart = 0; restart < 4; restart++)
        {
            var (point, value) = Run(function, best, restart == 0 ? initialStep : 0.5 * initialStep, maxEvaluations, tolerance);
            var improved = bestValue - value > tolerance * (Math.Abs(bestValue) + 1);
            if (value < bestValue)
            {
                best = point;
                bestValue = value;
            }

            if (!improved)
            {
                break;
            }
        }

        return best;
    }

    private static (double[] Point, double Value) Run(Func<double[], double> function, double[] start, double step, int maxEvaluations, double tolerance)
    {
        var n = start.Length;
        var simplex = new double[n + 1][];
        var values = new double[n + 1];
        for (var i = 0; i <= n; i++)
        {
            simplex[i] = (double[])start.Clone();
            if (i > 0)
            {
                simplex[i][i - 1] += step;
            }

            values[i] = function(simplex[i]);
        }

        var evaluations = n + 1;
        var centroid = new double[n];
        while (evaluations < maxEvaluations)
        {
            Array.Sort(values, simplex);
            if (Math.Abs(values[n] - values[0]) <= tolerance * (Math.Abs(values[0]) + 1e-12))
            {
                break;
            }

            Array.Clear(centroid);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    centroid[j] += simplex[i][j] / n;
                }
            }

            var reflected = Along(centroid, simplex[n], -1.0);
            var reflectedValue = function(reflected);
            evaluations++;
            if (reflectedValue < values[0])
            {
                var expanded = Along(centroid, simplex[n], -2.0);
                var expandedValue = function(expanded);
                evaluations++;
                (simplex[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
            }
            else if (reflectedValue < values[n - 1])
            {
                (simplex[n], values[n]) = (reflected, reflectedValue);
            }
            else
            {
                var outside = reflectedValue < values[n];
                var contracted = Along(centroid, outside ? reflected : simplex[n], 0.5);
                var contractedValue = function(contracted);
                evaluations++;
                if (contractedValue < Math.Min(reflectedValue, values[n]))
                {
                    (simplex[n], values[n]) = (contracted, contractedValue);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        simplex[i] = Along(simplex[0], simplex[i], 0.5);
                        values[i] = function(simplex[i]);
                        evaluations++;
                    }
                }
            }
        }

        Array.Sort(values, simplex);
        return (simplex[0], values[0]);
    }

    private static double[] Along(double[] origin, double[] toward, double step)
    {
        var point = new double[origin.Length];
        for (var j = 0; j < point.Length; j++)
        {
            point[j] = origin[j] + step * (toward[j] - origin[j]);
        }

        return point;
    }
}
