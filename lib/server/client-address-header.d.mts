export declare const clientAddressHeader: 'x-accord-client-address';
export declare function markClientAddressesStamped(): void;
export declare function clientAddressesStamped(): boolean;
