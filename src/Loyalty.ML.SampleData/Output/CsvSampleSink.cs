using Loyalty.ML.SampleData.Simulation;

namespace Loyalty.ML.SampleData.Output;

/// <summary>
/// Writes the sample format into a folder. Every file is written under a temporary name and renamed
/// only by <see cref="Commit"/>, transactions last, so an interrupted run never leaves a file that looks
/// complete; disposing without committing deletes the temporary files.
/// </summary>
internal sealed class CsvSampleSink : ISampleSink, IDisposable
{
    private const string TemporarySuffix = ".partial";
    private static readonly string[] FileOrder = [SampleFiles.Items, SampleFiles.Customers, SampleFiles.GroundTruth, SampleFiles.Transactions];

    private readonly string _directory;
    private readonly SampleIds _ids;
    private readonly Utf8CsvWriter _transactions;
    private readonly Utf8CsvWriter _items;
    private readonly Utf8CsvWriter _customers;
    private readonly Utf8CsvWriter _groundTruth;
    private bool _closed;

    public CsvSampleSink(string directory, SampleIds ids)
    {
        _directory = directory;
        _ids = ids;
        Directory.CreateDirectory(directory);
        _items = Open(SampleFiles.Items, SampleFiles.ItemsHeader);
        _customers = Open(SampleFiles.Customers, SampleFiles.CustomersHeader);
        _groundTruth = Open(SampleFiles.GroundTruth, SampleFiles.GroundTruthHeader);
        _transactions = Open(SampleFiles.Transactions, SampleFiles.TransactionsHeader);
    }

    public void AddItem(string itemId, string name, string category, int priceCents)
    {
        _items.Text(itemId);
        _items.Comma();
        _items.Text(name);
        _items.Comma();
        _items.Text(category);
        _items.Comma();
        _items.Cents(priceCents);
        _items.Comma();
        _items.Text(SampleFiles.ItemUrl(itemId));
        _items.Comma();
        _items.Text(SampleFiles.ItemImageUrl(itemId));
        _items.EndLine();
    }

    public void AddCustomer(SampleCustomer customer)
    {
        _customers.Text(customer.CustomerId);
        _customers.Comma();
        _customers.Text(customer.Name);
        _customers.Comma();
        if (customer.Birthday is { } birthday)
        {
            _customers.Date(birthday);
        }

        _customers.Comma();
        _customers.Date(customer.SignupDate);
        _customers.Comma();
        _customers.Text(customer.PreferredChannel);
        _customers.Comma();
        _customers.Text(customer.MarketingConsent ? "true" : "false");
        _customers.EndLine();

        _groundTruth.Text(customer.CustomerId);
        _groundTruth.Comma();
        _groundTruth.Date(customer.AcquiredAt);
        _groundTruth.Comma();
        if (customer.ChurnedAt is { } churned)
        {
            _groundTruth.Date(churned);
        }

        _groundTruth.Comma();
        _groundTruth.Text(SampleDataGenerator.LifecycleName(customer.Lifecycle));
        _groundTruth.EndLine();
    }

    public void AddLine(in SampleLine line)
    {
        var writer = _transactions;
        writer.Byte(SampleIds.CustomerPrefix);
        writer.Integer(line.Customer + 1, _ids.CustomerWidth);
        writer.Comma();
        writer.Byte(SampleIds.ItemPrefix);
        writer.Integer(line.ItemNumber, _ids.ItemWidth);
        writer.Comma();
        writer.Byte(line.Quantity < 0 ? SampleIds.ReturnPrefix : SampleIds.OrderPrefix);
        writer.Integer(line.Order);
        writer.Comma();
        writer.DateTime(line.Time);
        writer.Comma();
        writer.Integer(line.Quantity);
        writer.Comma();
        writer.Cents(line.UnitPriceCents);
        writer.Comma();
        writer.Text(SampleProfiles.ChannelName(line.Channel));
        writer.Comma();
        if (line.Store >= 0)
        {
            writer.Byte((byte)'S');
            writer.Integer(line.Store, 2);
        }

        writer.EndLine();
    }

    /// <summary>Closes the files and gives them their final names.</summary>
    public void Commit()
    {
        Close();
        foreach (var file in FileOrder)
        {
            File.Move(TemporaryPath(file), Path.Combine(_directory, file), overwrite: true);
        }
    }

    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        Close();
        foreach (var file in FileOrder)
        {
            File.Delete(TemporaryPath(file));
        }
    }

    private void Close()
    {
        _closed = true;
        _items.Dispose();
        _customers.Dispose();
        _groundTruth.Dispose();
        _transactions.Dispose();
    }

    private Utf8CsvWriter Open(string file, string header)
    {
        var writer = new Utf8CsvWriter(TemporaryPath(file));
        writer.Text(header);
        writer.EndLine();
        return writer;
    }

    private string TemporaryPath(string file) => Path.Combine(_directory, file + TemporarySuffix);
}
