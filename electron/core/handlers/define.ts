import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract';
import type { CoreState } from '../state';

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  state: CoreState,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
export type Handlers = { [C in ChannelName]: Handler<C> };
/** One domain's share of the map; `satisfies` keeps each handler's input and output typed. */
export type SomeHandlers = Partial<Handlers>;
