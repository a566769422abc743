namespace Loyalty.ML.Api.Extensions;

/// <summary>Binding options the same way for every concern.</summary>
internal static class OptionsExtensions
{
    /// <summary>Binds <typeparamref name="T"/> to <paramref name="section"/> and validates its data annotations when the host starts.</summary>
    public static void AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
