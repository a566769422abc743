using System.Text.Json;
using System.Text.RegularExpressions;
using Loyalty.ML.Api.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Loyalty.ML.Api.Extensions;

/// <summary>
/// Turns what the framework could not bind (a body that is not JSON or not of the request's shape, a query argument that
/// is not a number) into a detail in the API's own terms: where, what was found and what was expected, never a .NET type.
/// </summary>
internal static partial class BadRequestProblems
{
    /// <summary>The detail for <paramref name="error"/> on <paramref name="context"/>'s endpoint.</summary>
    public static string Describe(HttpContext context, BadHttpRequestException error)
    {
        if (error.InnerException is JsonException json)
        {
            var metadata = context.GetEndpoint()?.Metadata;
            var requestType = metadata?.GetOrderedMetadata<IAcceptsMetadata>().Select(accepts => accepts.RequestType).FirstOrDefault(type => type is not null)
                ?? metadata?.OfType<System.Reflection.MethodInfo>().SelectMany(method => method.GetParameters())
                    .Select(parameter => parameter.ParameterType).FirstOrDefault(IsRequestContract);
            return JsonProblems.Describe(json, requestType, ApiJsonContext.Default.Options);
        }

        if (BindFailure().Match(error.Message) is { Success: true } bind)
        {
            return $"The argument '{JsonNamingPolicy.CamelCase.ConvertName(bind.Groups["name"].Value)}' is '{bind.Groups["value"].Value}', which is not {Expected(bind.Groups["type"].Value)}.";
        }

        if (error.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return "Send the body as JSON with Content-Type: application/json.";
        }

        return error.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "The request body is over the size limit for this operation."
            : "The request could not be read as this operation expects; the OpenAPI document at /openapi/v1.json describes it.";
    }

    // A request body is one of the API's own records the API's JSON context serializes (not a route or query value).
    private static bool IsRequestContract(Type type) =>
        type.Assembly == typeof(BadRequestProblems).Assembly && ApiJsonContext.Default.GetTypeInfo(type) is not null;

    private static string Expected(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('?', '>') switch
    {
        "int" or "long" or "Int32" or "Int64" => "a whole number",
        "double" or "float" or "decimal" or "Double" or "Single" or "Decimal" => "a number",
        "bool" or "Boolean" => "true or false",
        "DateOnly" => "a date like 2026-03-02",
        _ => "of the expected form",
    };

    // Failed to bind parameter "int? Count" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ "]+) (?<name>[^"]+)" from "(?<value>.*)"\.$""")]
    private static partial Regex BindFailure();
}
