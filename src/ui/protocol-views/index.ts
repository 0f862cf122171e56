// Which inspector components show which protocol.
import type { ComponentType } from 'react';
import type { View } from './fields';
import { CommitClusterTable, CommitNodeDetails } from './CommitViews';
import { GenericClusterTable, GenericNodeDetails } from './GenericViews';
import { PaxosClusterTable, PaxosNodeDetails } from './PaxosViews';
import { RaftClusterTable, RaftNodeDetails } from './RaftViews';

export interface ProtocolViews {
  /** `before`: a crashed node's view just before its crash (what it was). */
  NodeDetails: ComponentType<{ view: View; before?: View | null }>;
  ClusterTable: ComponentType<{ views: readonly View[] }>;
}

export function viewsFor(protocol: string): ProtocolViews {
  switch (protocol) {
    case 'raft':
      return { NodeDetails: RaftNodeDetails, ClusterTable: RaftClusterTable };
    case 'paxos':
      return { NodeDetails: PaxosNodeDetails, ClusterTable: PaxosClusterTable };
    case '2pc':
    case '3pc':
      return { NodeDetails: CommitNodeDetails, ClusterTable: CommitClusterTable };
    default:
      return { NodeDetails: GenericNodeDetails, ClusterTable: GenericClusterTable };
  }
}
