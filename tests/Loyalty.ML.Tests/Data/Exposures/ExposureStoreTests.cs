using Loyalty.ML.Data.Exposures;

namespace Loyalty.ML.Tests.Data.Exposures;

public sealed class ExposureStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _folder = new();

    private string StorePath => _folder.Combine("events.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadByCustomer_ListsOfSeveralCustomers_ComeGroupedByCustomerInTimeOrderWithEveryField()
    {
        var late = List(1, "C2", minutes: 5) with { Surface = "cart", Experiment = "challenge-v2" };
        using (var store = ExposureStore.Open(StorePath))
        {
            store.Append([late, List(2, "C1", minutes: 9), List(3, "C2", minutes: 1), List(4, "C1", minutes: 2)]);
        }

        var read = ExposureStore.ReadByCustomer(StorePath, DateTimeOffset.MinValue).ToList();

        Assert.Equal([4L, 2, 3, 1], read.Select(list => list.Id.Sequence));
        Assert.Equal(late with { Items = late.Items }, read[3], new ServedListComparer());
    }

    [Fact]
    public void ReadByCustomer_NoStoreOrNoTable_ReadsNothing()
    {
        Assert.Empty(ExposureStore.ReadByCustomer(_folder.Combine("missing.db"), DateTimeOffset.MinValue));
        Assert.Null(ExposureStore.Earliest(_folder.Combine("missing.db")));

        using (var events = Loyalty.ML.Data.Events.EventStore.Open(StorePath))
        {
        }

        Assert.Empty(ExposureStore.ReadByCustomer(StorePath, DateTimeOffset.MinValue));
        Assert.Null(ExposureStore.Earliest(StorePath));
    }

    [Fact]
    public void Append_Batch_ReturnsConsecutiveRowsAndLocalAfterReadsOnlyThisReplicasLists()
    {
        using var store = ExposureStore.Open(StorePath);

        var first = store.Append([List(1, "C1"), List(2, "C2")]);
        store.AppendFromStream(99, [List(1, "C9") with { Id = new ExposureId(99, 1) }], "5-0");
        store.AppendFromStream(98, (ServedList[])[], "7-0");
        store.AppendFromStream(99, (ExposureRow[])[], "6-0");
        var second = store.Append([List(3, "C3")]);

        Assert.Equal((1L, 2L), first);
        Assert.Equal((4L, 4L), second);
        Assert.Equal([2L, 3], store.LocalAfter(1, 10).Select(row => row.List.Id.Sequence));
        Assert.Equal(new Dictionary<long, string> { [98] = "7-0", [99] = "6-0" }, store.StreamPositions());
        Assert.Equal(4, store.Count());
    }

    [Fact]
    public void Append_ABatchOfSeveralWholeStatementsAndARest_StoresEveryListOnceInOrderWithConsecutiveRows()
    {
        using var store = ExposureStore.Open(StorePath);
        store.Append([List(1, "C0")]);
        var batch = Enumerable.Range(2, 70).Select(sequence => List(sequence, $"C{sequence}", minutes: sequence) with { Surface = $"s{sequence}" }).ToList();

        var rows = store.Append(batch);

        Assert.Equal((2L, 71L), rows);
        var read = store.LocalAfter(1, 100);
        Assert.Equal(Enumerable.Range(2, 70).Select(row => (long)row), read.Select(row => row.Seq));
        Assert.Equal(batch, read.Select(row => row.List), new ServedListComparer());
        Assert.Equal(71, store.Count());
    }

    [Fact]
    public void Append_Lines_StoresTheBytesAnInsertOfTheListsTextsAsStringsStores()
    {
        var lists = new[]
        {
            List(1, "C2") with { Items = [] },
            List(2, "C3", minutes: -5) with { Experiment = "exp" },
            List(3, "Cé漢") with { Surface = "cart", Experiment = "challenge-v2", Items = ["Ï9", "😀", ""] },
        };
        var lines = new ExposureLines();
        foreach (var list in lists)
        {
            Assert.True(lines.TryAdd(list.Id, list.CustomerId, list.ServedAt.ToUnixTimeMilliseconds(), list.Kind, list.ModelVersion, list.Surface, list.Experiment, list.Items, static item => item));
        }

        using (var store = ExposureStore.Open(StorePath))
        {
            Assert.Equal((1L, 3L), store.Append(lines, 3));
        }

        Assert.Equal(StoredByStringInsert(lists), Stored(StorePath));
        Assert.Equal(lists, ExposureStore.ReadByCustomer(StorePath, DateTimeOffset.MinValue), new ServedListComparer());
    }

    [Fact]
    public void SetPublishedThrough_Reopened_IsRemembered()
    {
        using (var store = ExposureStore.Open(StorePath))
        {
            Assert.Equal(0, store.PublishedThrough());
            store.SetPublishedThrough(17);
        }

        using var reopened = ExposureStore.Open(StorePath);

        Assert.Equal(17, reopened.PublishedThrough());
    }

    [Fact]
    public void Prune_OldListsAndBeyondTheLimit_RemovesTheOldestFirst()
    {
        using var store = ExposureStore.Open(StorePath);
        store.Append([.. Enumerable.Range(1, 30).Select(day => List(day, $"C{day}", minutes: day * 24 * 60))]);

        var removed = store.Prune(maxRows: 20, before: Start.AddDays(6));

        Assert.Equal(10, removed);
        Assert.Equal(20, store.Count());
        Assert.Equal(Start.AddDays(11), ExposureStore.Earliest(StorePath));
    }

    [Fact]
    public void Open_Reopened_KeepsItsOriginAndNumbersAfterTheHighestListEverStored()
    {
        long origin;
        using (var store = ExposureStore.Open(StorePath))
        {
            origin = store.Origin;
            Assert.Equal(0, store.LastSequence);
            store.Append([List(41, "C1"), List(40, "C2")]);
            store.Prune(maxRows: 0, before: Start);
            Assert.Equal(0, store.Count());
        }

        using var reopened = ExposureStore.Open(StorePath);
        using var other = ExposureStore.Open(_folder.Combine("other.db"));

        Assert.Equal(origin, reopened.Origin);
        Assert.Equal(41, reopened.LastSequence);
        Assert.NotEqual(origin, other.Origin);
    }

    [Fact]
    public void AppendFromStream_ListsOfAnotherReplica_DoNotMoveThisReplicasHighestNumber()
    {
        using (var store = ExposureStore.Open(StorePath))
        {
            store.Append([List(3, "C1")]);
            store.AppendFromStream(99, [List(500, "C9") with { Id = new ExposureId(99, 500) }], "1-0");
        }

        using var reopened = ExposureStore.Open(StorePath);

        Assert.Equal(3, reopened.LastSequence);
    }

    // The rows as a plain insert of .NET strings stores them (the list's text as ExposureText.Format gives it).
    private List<string> StoredByStringInsert(IEnumerable<ServedList> lists)
    {
        var path = _folder.Combine("strings.db");
        using (var store = ExposureStore.Open(path))
        {
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        foreach (var list in lists)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO exposures(customer_id, served_ms, local, list) VALUES ($customer, $served, 1, $list)";
            insert.Parameters.AddWithValue("$customer", list.CustomerId);
            insert.Parameters.AddWithValue("$served", list.ServedAt.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$list", ExposureText.Format(list));
            insert.ExecuteNonQuery();
        }

        return Stored(path);
    }

    // Every stored row's columns, with each text's storage class and bytes.
    private static List<string> Stored(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, typeof(customer_id), hex(customer_id), served_ms, local, typeof(list), hex(list) FROM exposures ORDER BY seq";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(column => Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static ServedList List(long sequence, string customer, int minutes = 0) =>
        new(new ExposureId(7, sequence), customer, "personal", "v1", ["I1", "I2", "I3"], Start.AddMinutes(minutes));

    // Items are read back as another list type: compare them by content.
    private sealed class ServedListComparer : IEqualityComparer<ServedList>
    {
        public bool Equals(ServedList? x, ServedList? y) =>
            x is not null && y is not null && x.Items.SequenceEqual(y.Items) && x with { Items = [] } == y with { Items = [] };

        public int GetHashCode(ServedList obj) => obj.Id.GetHashCode();
    }
}
