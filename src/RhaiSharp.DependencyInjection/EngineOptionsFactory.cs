using Microsoft.Extensions.Options;

namespace RhaiSharp.DependencyInjection;

/// <summary>One change to the engines' options, registered by <see cref="IRhaiSharpBuilder.Configure"/>.</summary>
internal sealed record EngineOptionsChange(Func<EngineOptions, EngineOptions> Apply);

/// <summary>
/// Creates the <see cref="EngineOptions"/> behind <c>IOptions&lt;EngineOptions&gt;</c>. The options pattern configures
/// an instance in place, which an immutable record does not allow to code: configuration binding still works (it
/// sets each property of a fresh record, never <see cref="EngineOptions.Default"/>), and then each
/// <see cref="IRhaiSharpBuilder.Configure"/> change replaces the record with a changed copy, in registration order.
/// </summary>
internal sealed class EngineOptionsFactory(
    IEnumerable<IConfigureOptions<EngineOptions>> setups,
    IEnumerable<IPostConfigureOptions<EngineOptions>> postConfigures,
    IEnumerable<IValidateOptions<EngineOptions>> validations,
    IEnumerable<EngineOptionsChange> changes) : IOptionsFactory<EngineOptions>
{
    private readonly OptionsFactory<EngineOptions> _configured = new(setups, postConfigures, validations);

    public EngineOptions Create(string name)
    {
        var options = _configured.Create(name);
        foreach (var change in changes)
        {
            options = change.Apply(options) ?? throw new InvalidOperationException("An EngineOptions change returned null.");
        }

        return options;
    }
}
