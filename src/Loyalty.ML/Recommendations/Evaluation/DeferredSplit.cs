namespace Loyalty.ML.Recommendations.Evaluation;

/// <summary>
/// A split that is built when it is needed and not kept longer: a selection counts every split's customers before it
/// knows which it will fit, and each split holds a customer × item matrix and the held-out orders (at a million
/// customers about 150 MB), so holding all four through every fit costs more than building the fitted ones again.
/// <see cref="Measure"/> builds it for its counts and keeps it only when asked; <see cref="Take"/> hands the split over
/// (built again when it was not kept) and holds no reference to it afterwards.
/// </summary>
internal sealed class DeferredSplit(Func<EvaluationSplit> build)
{
    private EvaluationSplit? _kept;

    /// <summary>Test customers of the split (after sampling); known once <see cref="Measure"/> ran.</summary>
    public int TestCustomers { get; private set; }

    /// <summary>The split's <see cref="EvaluationSplit.RepeatShare"/>.</summary>
    public double RepeatShare { get; private set; }

    /// <summary>The split's <see cref="EvaluationSplit.SplitTime"/>.</summary>
    public DateTime SplitTime { get; private set; }

    /// <summary>The split's protocol.</summary>
    public EvaluationProtocol Protocol { get; private set; }

    /// <summary>Times the split was built: once to measure, again for each <see cref="Take"/> of a split not kept.</summary>
    public int Builds { get; private set; }

    /// <summary>Builds the split and records its counts; keeps it for the next <see cref="Take"/> when <paramref name="keep"/>.</summary>
    public DeferredSplit Measure(bool keep)
    {
        var split = Build();
        (TestCustomers, RepeatShare, SplitTime, Protocol) = (split.TestCustomers.Length, split.RepeatShare, split.SplitTime, split.Protocol);
        _kept = keep ? split : null;
        return this;
    }

    /// <summary>The split, the kept one or built again; the caller owns it from then on.</summary>
    public EvaluationSplit Take()
    {
        var split = _kept ?? Build();
        _kept = null;
        return split;
    }

    /// <summary>Drops the kept split, if any.</summary>
    public void Release() => _kept = null;

    private EvaluationSplit Build()
    {
        Builds++;
        return build();
    }
}
