using System.Globalization;

namespace Loyalty.ML.Api.Tests.Fixtures;

/// <summary>One line of <c>CLUSTER NODES</c>, as far as the tests need it.</summary>
/// <param name="Id">Node id.</param>
/// <param name="Port">Client port on loopback.</param>
/// <param name="IsMaster">The node is a master.</param>
/// <param name="IsFailed">The cluster agreed the node failed (<c>fail</c>, not the suspicion <c>fail?</c>).</param>
/// <param name="MasterId">For a replica, its master's id; otherwise null.</param>
/// <param name="HasSlots">The node serves slots.</param>
public sealed record ClusterNode(string Id, int Port, bool IsMaster, bool IsFailed, string? MasterId, bool HasSlots)
{
    /// <summary>Parses one line: id, ip:port@busport, flags, master id or -, ping, pong, epoch, link state, slots...</summary>
    public static ClusterNode Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var address = fields[1].Split('@')[0];
        var flags = fields[2].Split(',');
        return new ClusterNode(
            fields[0],
            int.Parse(address[(address.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture),
            flags.Contains("master"),
            flags.Contains("fail"),
            fields[3] == "-" ? null : fields[3],
            fields.Length > 8);
    }
}
