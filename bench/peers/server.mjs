// Peer for the benchmark: the same graph served by @neo4j/graphql on Apollo Server (loopback).
// Started by bench/peer.py with BENCH_NEO4J_URI, BENCH_NEO4J_USER, BENCH_NEO4J_PASSWORD, BENCH_PORT.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type PartyTo @relationshipProperties {
    role: String!
  }
  type Supplies @relationshipProperties {
    product: String
  }
  type FabbedBy @relationshipProperties {
    process_node: String
  }
  type Company @node {
    id: ID!
    name: String!
    revenue_usd: Float
    deals: [Deal!]! @relationship(type: "PARTY_TO", direction: OUT, properties: "PartyTo")
    suppliers: [Company!]! @relationship(type: "SUPPLIES", direction: IN, properties: "Supplies")
  }
  type Deal @node {
    id: ID!
    name: String!
    kind: String!
    value_usd: Float
    status: String!
    parties: [Company!]! @relationship(type: "PARTY_TO", direction: IN, properties: "PartyTo")
  }
  type Chip @node {
    id: ID!
    name: String!
    form: String!
    foundries: [Company!]! @relationship(type: "FABBED_BY", direction: OUT, properties: "FabbedBy")
    designers: [Company!]! @relationship(type: "DESIGNS", direction: IN)
  }
`;

const driver = neo4j.driver(
  process.env.BENCH_NEO4J_URI,
  neo4j.auth.basic(process.env.BENCH_NEO4J_USER, process.env.BENCH_NEO4J_PASSWORD),
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port: Number(process.env.BENCH_PORT) },
});
console.log(`ready ${url}`);
