using System.Diagnostics.CodeAnalysis;

namespace Loyalty.ML.Api.Http;

/// <summary>Looks up an id in a model part.</summary>
internal delegate bool TryFind<T>(string id, [MaybeNullWhen(false)] out T value);
