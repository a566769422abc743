namespace Loyalty.ML.Recommendations.Selection;

/// <summary>
/// The draws <c>new Random(seed).Next(count)</c> gives, one after another: .NET's seeded generator (Knuth's subtractive
/// generator, kept unchanged since .NET Framework so seeded sequences stay reproducible) without its virtual calls.
/// The bootstrap draws tens of millions of them on one core while the other waits.
/// </summary>
internal struct SeededDraws
{
    private const int Modulus = int.MaxValue;
    private const int Seeding = 161_803_398;

    private readonly int[] _state;
    private int _next;
    private int _nextP;

    public SeededDraws(int seed)
    {
        _state = new int[56];
        var previous = Seeding - (seed == int.MinValue ? int.MaxValue : Math.Abs(seed));
        _state[55] = previous;
        var value = 1;
        var at = 0;
        for (var step = 1; step < 55; step++)
        {
            if ((at += 21) >= 55)
            {
                at -= 55;
            }

            _state[at] = value;
            value = previous - value;
            if (value < 0)
            {
                value += Modulus;
            }

            previous = _state[at];
        }

        for (var round = 1; round < 5; round++)
        {
            for (var index = 1; index < 56; index++)
            {
                var other = index + 30;
                if (other >= 55)
                {
                    other -= 55;
                }

                _state[index] -= _state[1 + other];
                if (_state[index] < 0)
                {
                    _state[index] += Modulus;
                }
            }
        }

        (_next, _nextP) = (0, 21);
    }

    /// <summary>The next draw from 0 to <paramref name="count"/> − 1, as <see cref="Random.Next(int)"/>.</summary>
    public int Next(int count) => (int)(Sample() * (1.0 / Modulus) * count);

    private int Sample()
    {
        var state = _state;
        var next = _next + 1 < 56 ? _next + 1 : 1;
        var nextP = _nextP + 1 < 56 ? _nextP + 1 : 1;
        var value = state[next] - state[nextP];
        if (value == Modulus)
        {
            value--;
        }

        if (value < 0)
        {
            value += Modulus;
        }

        state[next] = value;
        (_next, _nextP) = (next, nextP);
        return value;
    }
}
