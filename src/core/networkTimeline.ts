/** The network's timeline (SPEC §4.2, §7): generated in core/network/. */
export { buildNetworkTimeline, netOf, networkGivenOf as networkGiven, type Net, type Granularity } from './network/index';
