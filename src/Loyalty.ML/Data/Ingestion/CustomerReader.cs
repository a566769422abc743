using Loyalty.ML.Data.Mapping;
using Loyalty.ML.Core;
using Loyalty.ML.Data.Ingestion.Values;
using Loyalty.ML.Data.Ingestion.Sources;

namespace Loyalty.ML.Data.Ingestion;

/// <summary>Streams the customers file into the builder as <see cref="CustomerProfile"/>s.</summary>
internal static class CustomerReader
{
    public static OutcomeCounter Read(IRowSource source, CustomerMapping mapping, ValueFormat format, PurchaseHistoryBuilder builder, ReadSettings settings)
    {
        var defaults = new CustomerColumns();
        var header = new HeaderColumns(source, "customers");
        var id = header.Required(mapping.Columns.CustomerId, "customer_id");
        var name = header.Optional(mapping.Columns.Name, defaults.Name, "name");
        var birthday = header.Optional(mapping.Columns.Birthday, defaults.Birthday, "birthday");
        var signup = header.Optional(mapping.Columns.SignupDate, defaults.SignupDate, "signup_date");
        var channel = header.Optional(mapping.Columns.PreferredChannel, defaults.PreferredChannel, "preferred_channel");
        var consent = header.Optional(mapping.Columns.MarketingConsent, defaults.MarketingConsent, "marketing_consent");
        var birthdays = settings.Window with { Earliest = DateWindow.EarliestBirthday };
        var yes = new HashSet<string>(mapping.TrueValues, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        return RecordRows.ReadAll(source, format, settings, values =>
        {
            var customerId = values.RequiredId(id);
            var birthdayValue = Date(source, values, birthday, birthdays);
            var signupValue = Date(source, values, signup, settings.Window);
            if (values.Problem is null)
            {
                builder.AddProfile(new CustomerProfile(
                    customerId.ToString(),
                    values.OptionalText(name),
                    birthdayValue,
                    signupValue,
                    values.OptionalText(channel),
                    consent >= 0 ? yes.Contains(values.Id(consent)) : null));
            }
        });
    }

    private static DateOnly? Date(IRowSource source, RowValues values, int ordinal, DateWindow window) =>
        ordinal >= 0 && !source.Text(ordinal).IsWhiteSpace() ? DateOnly.FromDateTime(values.Time(ordinal, window)) : null;
}
